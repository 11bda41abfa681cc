/**
 * The Java analyzer (Trivy's `jar`): one application per archive file, nested archives included. An
 * exploded archive (a directory tree copied out of a jar, as some images ship their libraries) has no
 * archive to open, so its `META-INF/maven/<g>/<a>/pom.properties` files are read one by one instead.
 */
import type { Analyzer } from '../../analyzer';
import { applicationResult, decodeText } from '../shared';
import { isJavaArchive, mavenPackage, parseJar } from './jar';
import { pomPropertiesCoordinates } from './java-metadata';

const EXPLODED_POM_PROPERTIES = /(?:^|\/)META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;

/** `*.jar`, `*.war`, `*.ear`, `*.par` and exploded `pom.properties`; application type `jar`. */
export const jarAnalyzer: Analyzer = {
  name: 'jar',
  version: 1,
  required: (path, file) => file.type === 'file' && (isJavaArchive(path) || EXPLODED_POM_PROPERTIES.test(path)),
  analyze: (input) => {
    if (!isJavaArchive(input.path)) {
      const coords = pomPropertiesCoordinates(decodeText(input.content));
      return applicationResult('jar', input, coords ? [mavenPackage(coords, input.path, [])] : []);
    }
    return applicationResult('jar', input, parseJar(input.content, input.path));
  },
};
