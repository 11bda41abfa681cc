/**
 * ACR writes event times in China Standard Time (Asia/Shanghai, UTC+8, no daylight saving since 1991), whatever
 * the reader's time zone. A fixed offset is exact for every date we produce, so no Intl/time-zone data is needed.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Calendar fields of `ms` as seen on a wall clock in Shanghai. */
function shanghaiParts(ms: number) {
  const d = new Date(Math.trunc(ms) + SHANGHAI_OFFSET_MS);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    millis: pad(d.getUTCMilliseconds(), 3),
  };
}

/** `YYYY-MM-DD HH:mm:ss`, as in ACR's `ImageUpdate` and the trigger body's `pushed_at`. */
export function formatShanghaiDateTime(ms: number): string {
  const { date, time } = shanghaiParts(ms);
  return `${date} ${time}`;
}

/** ISO 8601 with the +08:00 offset, as in the CloudEvent `time` attribute. */
export function formatShanghaiIso(ms: number): string {
  const { date, time } = shanghaiParts(ms);
  return `${date}T${time}+08:00`;
}

/**
 * EventBridge's `aliyunpublishtime`, e.g. `2020-11-19T21:04:42.179PRC` (Shanghai wall clock with millis and a
 * literal `PRC` suffix). The shape is from EventBridge examples we remember, not from our facts file: unconfirmed.
 */
export function formatAliyunPublishTime(ms: number): string {
  const { date, time, millis } = shanghaiParts(ms);
  return `${date}T${time}.${millis}PRC`;
}
