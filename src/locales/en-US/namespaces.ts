import type { namespaces as zh } from '../zh-CN/namespaces';

export const namespaces: Record<keyof typeof zh, string> = {
  'namespaces.col.name': 'Name',
  'namespaces.col.auto-create': 'Auto-create Repositories',
  'namespaces.col.default-type': 'Default Repository Type',
  'namespaces.create': 'Create Namespace',
  'namespaces.edit.title': 'Edit Namespace',
  'namespaces.field.name': 'Namespace',
  'namespaces.field.name.placeholder': 'e.g. team-a',
  'namespaces.field.auto-create': 'Auto-create Repositories',
  'namespaces.field.auto-create.help': 'When on, pushing an image creates its repository if it does not exist yet.',
  'namespaces.field.default-type': 'Default Repository Type',
  'namespaces.field.default-type.help':
    'Auto-created repositories get this type; public repositories allow anonymous pulls.',
  'namespaces.search': 'Search by namespace name',
  'namespaces.quota-reached':
    'The namespace quota ({quota}) is used up. Delete namespaces you no longer need to create new ones.',
  'namespaces.delete.title': 'Delete namespace "{name}"?',
  'namespaces.delete.warning': 'All repositories and images in this namespace are deleted too. This cannot be undone.',
  'namespaces.delete.aria': 'Delete namespace {name}',
  'namespaces.edit.aria': 'Edit namespace {name}',
  'namespaces.created': 'Namespace "{name}" created',
  'namespaces.updated': 'Namespace "{name}" updated',
  'namespaces.deleted': 'Namespace "{name}" deleted',
  'namespaces.empty.title': 'No namespaces yet',
  'namespaces.empty.description': 'A namespace groups repositories; organise them by company, team or application.',
  'namespaces.empty.search': 'No namespace name contains "{name}"',
  'namespaces.view-repos': 'Show the repositories of namespace {name}',
};
