/** The en-US catalog: typed against zh-CN, so a missing or extra key fails to compile. */
import type { MessageKey } from '../zh-CN';
import { common } from './common';
import { enums } from './enums';
import { errors } from './errors';
import { events } from './events';
import { instances } from './instances';
import { menu } from './menu';
import { names } from './names';
import { namespaces } from './namespaces';
import { policies } from './policies';
import { presenter } from './presenter';
import { ram } from './ram';
import { reasons } from './reasons';
import { reports } from './reports';
import { repositories } from './repositories';
import { scanEngine } from './scan-engine';
import { scanFix } from './scan-fix';
import { scanRules } from './scan-rules';
import { scans } from './scans';
import { settings } from './settings';
import { signing } from './signing';
import { tags } from './tags';
import { tour } from './tour';
import { uploads } from './uploads';
import { vpc } from './vpc';

export const enUS: Record<MessageKey, string> = {
  ...common,
  ...menu,
  ...enums,
  ...errors,
  ...names,
  ...instances,
  ...namespaces,
  ...repositories,
  ...tags,
  ...uploads,
  ...scans,
  ...scanRules,
  ...scanEngine,
  ...scanFix,
  ...vpc,
  ...signing,
  ...policies,
  ...ram,
  ...events,
  ...reports,
  ...settings,
  ...tour,
  ...presenter,
  ...reasons,
};
