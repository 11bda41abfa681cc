import { nginxRecipe, nodeRecipe } from './alpine-app-recipes';
import { cleanRecipe } from './clean-recipe';
import { goRecipe, javaRecipe } from './java-go-recipes';
import { legacyPortalRecipe } from './legacy-portal';
import { osImageRecipes } from './os-recipes';
import { pythonRecipe } from './python-recipe';
import { rockyRecipe } from './rocky-image';
import type { DemoImageRecipe } from './types';

/**
 * Every demo image recipe, in the order a seed lists them: base OS images first, then
 * application images. Each builds a `vulnerable` or a `patched` variant.
 */
export const demoImageRecipes: readonly DemoImageRecipe[] = [
  ...osImageRecipes,
  rockyRecipe,
  nginxRecipe,
  nodeRecipe,
  pythonRecipe,
  javaRecipe,
  goRecipe,
  legacyPortalRecipe,
  cleanRecipe,
];

/** Looks a recipe up by name (e.g. `alpine:3.18`); undefined when there is none. */
export function findDemoRecipe(name: string): DemoImageRecipe | undefined {
  return demoImageRecipes.find((recipe) => recipe.name === name);
}
