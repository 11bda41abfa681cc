/** Naming rules as the forms explain them; the limits come from `src/api/contract/names.ts`. */
export const names = {
  'names.rule.namespace':
    '长度为 {min}~{max} 个字符，可使用小写英文字母、数字和分隔符“_”“-”“.”，且须以字母或数字开头和结尾。',
  'names.rule.repo':
    '长度为 {min}~{max} 个字符，可使用小写英文字母、数字和分隔符“_”“-”“.”“/”，且须以字母或数字开头和结尾。',
  'names.required': '请输入{field}',
  'names.too-short': '{field}至少需要 {min} 个字符',
  'names.too-long': '{field}不能超过 {max} 个字符',
  'names.bad-chars.namespace': '只能使用小写英文字母、数字和“_”“-”“.”，不能使用大写字母、空格或其他符号',
  'names.bad-chars.repo': '只能使用小写英文字母、数字和“_”“-”“.”“/”，不能使用大写字母、空格或其他符号',
  'names.bad-edge': '分隔符不能在首位或末位',
  'names.bad-separator': '分隔符用法不正确：“.”和“/”不能连续，“_”最多连续两个，“/”两侧必须是字母或数字',
};
