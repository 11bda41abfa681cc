/**
 * Demo images, built by the scan core's image factory from its recipes. Building is deterministic, so the
 * result is cached for the life of the page (or test process): resetting the world a second time, or
 * seeding a fresh database in the next test, costs no hashing or gzip.
 */
import { type BuiltImage, buildImage, demoImageRecipes } from '@acr-console/core';

export type ImageVariant = 'vulnerable' | 'patched';

/** Which recipe (e.g. `nginx:1.25-alpine`) and which variant of it a tag points at. */
export interface ImageRef {
  recipe: string;
  variant: ImageVariant;
}

const cache = new Map<string, Promise<BuiltImage>>();

/** Builds (once) the image of a recipe variant. Throws if the core has no recipe of that name. */
export function demoImage(ref: ImageRef): Promise<BuiltImage> {
  const key = `${ref.recipe}#${ref.variant}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const recipe = demoImageRecipes.find((candidate) => candidate.name === ref.recipe);
  if (!recipe) return Promise.reject(new Error(`The image factory has no demo recipe named "${ref.recipe}".`));
  const image = buildImage(recipe.spec({ variant: ref.variant }));
  cache.set(key, image);
  // A failed build must not poison the cache for the next attempt.
  image.catch(() => cache.delete(key));
  return image;
}

/** Every blob of an image: manifest, config, then layers. */
export function imageBlobs(image: BuiltImage) {
  return [image.manifest, image.config, ...image.layers];
}
