/** Configuration and source files of the demo application images. */

/** nginx's main configuration as the official image ships it. */
export const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`.trimStart();

/** The default server block of the official image. */
export const NGINX_DEFAULT_SITE = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

/** A shortened version of the official image's entrypoint. */
export const NGINX_ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        echo "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.sh) if [ -x "$f" ]; then echo "$0: Launching $f"; "$f"; fi ;;
                *) echo "$0: Ignoring $f" ;;
            esac
        done
        echo "$0: Configuration complete; ready for start up"
    fi
fi

exec "$@"
`;

/** The entrypoint of the official node images: runs `node` when the first argument is not a command. */
export const NODE_ENTRYPOINT = `#!/bin/sh
set -e

if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;

/** The demo shop's server. */
export const NODE_SERVER_JS = `'use strict';

const express = require('express');
const _ = require('lodash');
const axios = require('axios');
const argv = require('minimist')(process.argv.slice(2));

const app = express();
const port = argv.port || 3000;

app.get('/healthz', (_req, res) => res.send('ok'));

app.get('/products', async (req, res) => {
  const { data } = await axios.get('http://catalog:8080/api/products');
  res.json(_.sortBy(data, req.query.sort || 'name'));
});

app.listen(port, () => console.log(\`demo-shop listening on \${port}\`));
`;

/** The Python demo app. */
export const PYTHON_APP_PY = `import os

import requests
import yaml
from jinja2 import Template

CONFIG = yaml.safe_load(open(os.environ.get("APP_CONFIG", "config.yaml"), encoding="utf-8"))


def render_status() -> str:
    upstream = requests.get(CONFIG["upstream"], timeout=5)
    return Template("upstream answered {{ code }}").render(code=upstream.status_code)


if __name__ == "__main__":
    print(render_status())
`;
