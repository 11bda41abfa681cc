/** Small helpers that keep the rule tables short. */
import type { LocalizedText } from '../../inspector';

export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** The usual fix for a leaked credential. */
export const ROTATE_AND_REMOVE = t(
  '立即吊销并轮换该凭证，从镜像及其构建历史中删除（重新构建，不要仅在后续层中删除），运行时改用密钥管理服务、Kubernetes Secret 或环境注入。',
  'Revoke and rotate the credential now, remove it from the image and its build history (rebuild; deleting it in a later layer is not enough), and inject it at run time from a secrets manager, a Kubernetes Secret or the environment.',
);

/** Regex source for "a config-type file": .env, *.properties, *.ini, *.conf, *.yaml, *.json, *.toml, *.xml… */
export const CONFIG_FILE_PATH =
  '(?:^|/)\\.env(?:\\.[^/]*)?$|\\.(?:env|properties|ini|conf|cfg|cnf|ya?ml|json|toml|xml)$';
