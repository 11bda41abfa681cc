/** 镜像版本 (tags) page. */
export const tags = {
  'tags.col.tag': '版本',
  'tags.col.image': '镜像 ID/摘要',
  'tags.col.size': '镜像大小',
  'tags.col.pushed': '最近推送时间',
  'tags.image-id': '镜像 ID',
  'tags.digest': '摘要',
  'tags.copy-pull': '复制拉取命令',
  'tags.copy-pull.aria': '复制 {tag} 的拉取命令',
  'tags.delete.title': '删除镜像版本“{tag}”？',
  'tags.delete.warning': '删除后无法恢复，仍在使用该版本的工作负载将无法再拉取它。',
  'tags.delete.aria': '删除镜像版本 {tag}',
  'tags.deleted': '镜像版本“{tag}”已删除',
  'tags.empty.title': '暂无镜像版本',
  'tags.empty.description': '使用以下命令推送镜像后，镜像版本会显示在这里：',
};
