/**
 * Writes a `docker save` archive of a demo recipe, for e2e specs (which may not import the core: they drive the
 * app through a browser only, so they run this script instead).
 *
 *   tsx --conditions=source scripts/make-image-archive.ts <recipe> <vulnerable|patched> <repo:tag> <out.tar>
 */
import { writeFileSync } from 'node:fs';
import { buildImage, findDemoRecipe, writeDockerArchive } from '@acr-console/core';

const [recipeName, variant, repoTag, out] = process.argv.slice(2);
if (!recipeName || (variant !== 'vulnerable' && variant !== 'patched') || !repoTag || !out) {
  console.error('usage: make-image-archive <recipe> <vulnerable|patched> <repo:tag> <out.tar>');
  process.exit(2);
}
const recipe = findDemoRecipe(recipeName);
if (!recipe) {
  console.error(`no demo recipe named ${recipeName}`);
  process.exit(2);
}
const image = await buildImage(recipe.spec({ variant }));
writeFileSync(out, writeDockerArchive(image, [repoTag]));
console.log(JSON.stringify({ digest: image.digest, size: image.size }));
