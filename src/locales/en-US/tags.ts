import type { tags as zh } from '../zh-CN/tags';

export const tags: Record<keyof typeof zh, string> = {
  'tags.col.tag': 'Tag',
  'tags.col.image': 'Image ID/Digest',
  'tags.col.size': 'Image Size',
  'tags.col.pushed': 'Last Pushed',
  'tags.image-id': 'image ID',
  'tags.digest': 'digest',
  'tags.copy-pull': 'Copy pull command',
  'tags.copy-pull.aria': 'Copy the pull command of {tag}',
  'tags.delete.title': 'Delete tag "{tag}"?',
  'tags.delete.warning': 'This cannot be undone; workloads still using this tag will no longer be able to pull it.',
  'tags.delete.aria': 'Delete tag {tag}',
  'tags.deleted': 'Tag "{tag}" deleted',
  'tags.scan-now': 'Scan',
  'tags.scan-now.aria': 'Scan tag {tag}',
  'tags.scan-diff': 'Compare scans',
  'tags.empty.title': 'No tags yet',
  'tags.empty.description': 'Push an image with these commands and its tags show up here:',
};
