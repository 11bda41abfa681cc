/**
 * Console-only demo catalogue: the core's demo image recipes, listed (`ListDemoImage`) and pushed to a
 * repository (`PushDemoImage`) through the same push path as an upload or a `docker push`.
 */

import { demoImageRecipes } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import { importedImage } from '../scan-worker/import-image';
import { demoImage } from '../seed/images';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import type { Payload } from './payload';
import { checkPushTarget, pushImage } from './push';

/** `ListDemoImage`: every recipe of the image factory, in catalogue order. */
export async function listDemoImages(_ctx: ServiceContext): Promise<Payload<'ListDemoImage'>> {
  return { Images: demoImageRecipes.map((recipe) => ({ Name: recipe.name, Description: recipe.description })) };
}

/**
 * `PushDemoImage`: builds the recipe's variant (cached after the first build) and pushes it under `Tag`.
 * DEMO_IMAGE_NOT_EXIST for an unknown recipe; the target checks of any push apply (REPO_NOT_EXIST, TAG_IMMUTABLE…).
 */
export async function pushDemoImage(
  ctx: ServiceContext,
  params: ActionParams<'PushDemoImage'>,
): Promise<Payload<'PushDemoImage'>> {
  if (!demoImageRecipes.some((recipe) => recipe.name === params.RecipeName)) {
    throw new BusinessFailure('DEMO_IMAGE_NOT_EXIST');
  }
  const target = {
    InstanceId: params.InstanceId,
    NamespaceName: params.NamespaceName,
    RepoName: params.RepoName,
    Tag: params.Tag,
  };
  await checkPushTarget(ctx, target);
  const image = await demoImage({ recipe: params.RecipeName, variant: params.Variant });
  return pushImage(ctx, target, importedImage(image));
}
