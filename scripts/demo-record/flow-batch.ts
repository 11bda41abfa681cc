/**
 * 批量镜像扫描 as a recorded walkthrough: 专有网络 → 镜像扫描 → 创建规则 with 钉钉 → 立即扫描 → 任务列表 → 任务详情 →
 * 查看详情 → results.
 */
import { rowWith } from '../../e2e/kit/pages/shared';
import { findingsTable, HANGZHOU, INSTANCE, openFresh, RULE, TAG } from './flow-common';
import type { FlowDef, Walkthrough } from './walkthrough';

export const BATCH_IMAGE_SCAN: FlowDef = {
  id: 'batch',
  title: { 'zh-CN': '批量镜像扫描', 'en-US': 'Batch image scan' },
  steps: [
    {
      id: 'batch.region',
      text: {
        'zh-CN': { title: '选择地域', caption: '在顶部菜单栏选择所需地域：华东1（杭州）' },
        'en-US': { title: 'Choose the region', caption: 'Choose the region in the top bar: China (Hangzhou)' },
      },
      run: async (w) => {
        if (w.page.url() === 'about:blank') {
          await openFresh(w.page, 'cn-hangzhou/instances');
          await w.visible(rowWith(w.page, INSTANCE), 60_000);
        } else {
          // After 单镜像扫描: close its drawer and go back through the breadcrumb, without reloading the app.
          await w.page.keyboard.press('Escape');
          await w.click(
            w.page
              .getByRole('navigation')
              .getByRole('link', { name: w.t('menu.instances') })
              .first(),
          );
        }
        await w.click(w.page.getByRole('combobox', { name: w.t('layout.region') }));
        await w.click(w.page.getByRole('option', { name: HANGZHOU }));
        await w.visible(rowWith(w.page, INSTANCE));
      },
    },
    {
      id: 'batch.instance',
      text: {
        'zh-CN': { title: '目标企业版实例', caption: `在实例列表页面单击目标企业版实例 ${INSTANCE}` },
        'en-US': {
          title: 'The instance',
          caption: `On the Instances page, click the Enterprise Edition instance ${INSTANCE}`,
        },
      },
      run: async (w) => {
        await w.click(rowWith(w.page, INSTANCE).getByRole('link', { name: INSTANCE }));
        await w.visible(w.page.getByRole('heading', { name: INSTANCE }));
      },
    },
    {
      id: 'batch.vpc',
      text: {
        'zh-CN': {
          title: '配置专有网络',
          caption: '批量扫描需要实例已配置VPC网络：专有网络 → 添加专有网络，选择专有网络和交换机',
        },
        'en-US': {
          title: 'Link a VPC',
          caption: 'Batch scanning needs a VPC linked to the instance: VPC → Add VPC, choose a VPC and a vSwitch',
        },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('menuitem', { name: w.t('menu.vpc') }));
        await w.click(w.page.getByRole('button', { name: w.t('vpc.add') }).first());
        const dialog = w.page.getByRole('dialog', { name: w.t('vpc.add') });
        await w.click(dialog.getByLabel(w.t('vpc.field.vpc')));
        await w.click(w.page.getByRole('option', { name: /vpc-/ }).first());
        await w.click(dialog.getByLabel(w.t('vpc.field.vswitch')));
        await w.click(w.page.getByRole('option', { name: /vsw-/ }).first());
        await w.click(dialog.getByRole('button', { name: w.t('common.ok') }));
        await w.visible(w.page.getByRole('row').filter({ hasText: /vpc-/ }).first());
      },
    },
    {
      id: 'batch.scan-page',
      text: {
        'zh-CN': { title: '镜像扫描', caption: '在企业版实例管理页面选择“安全可信 > 镜像扫描”' },
        'en-US': { title: 'Image scanning', caption: 'In the instance, choose "Image scanning" under security' },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('menuitem', { name: w.t('menu.scan') }));
        await w.visible(w.page.getByRole('heading', { name: w.t('menu.scan') }));
        await w.visible(w.page.getByText(w.t('scan-rules.info.title')));
      },
    },
    {
      id: 'batch.engine',
      text: {
        'zh-CN': {
          title: '扫描引擎',
          caption: '选择扫描引擎：未购买云安全扫描引擎时，页面右上角默认使用 Trivy扫描引擎',
        },
        'en-US': {
          title: 'Scan engine',
          caption: 'The scan engine: without the cloud-security engine, the page uses the Trivy engine (top right)',
        },
      },
      run: async (w) => {
        const engine = w.page.getByRole('group', { name: w.t('scan-rules.engine') });
        await w.visible(engine);
        await w.point(engine);
      },
    },
    {
      id: 'batch.rule-scope',
      text: {
        'zh-CN': {
          title: '创建规则-扫描规则',
          caption: `创建规则：填写规则名称 ${RULE}，扫描范围选择“按照仓库扫描” prod/nginx`,
        },
        'en-US': {
          title: 'Create rule - scan rule',
          caption: `Create rule: name it ${RULE}, scope "By repository", prod/nginx`,
        },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('button', { name: w.t('scan-rules.create') }));
        const wizard = w.page.getByRole('dialog', { name: w.t('scan-rules.wizard.create') });
        await w.type(wizard.getByLabel(w.t('scan-rules.field.name')), RULE);
        await w.click(wizard.getByText(w.t('scan-rules.field.scope.repo')));
        await w.click(wizard.getByRole('combobox', { name: w.t('scan-rules.field.namespace') }));
        await w.click(w.page.getByRole('option', { name: 'prod', exact: true }));
        await w.click(wizard.getByRole('combobox', { name: w.t('scan-rules.field.repos') }));
        await w.click(w.page.getByRole('option', { name: 'nginx', exact: true }));
        await wizard.getByLabel(w.t('scan-rules.field.name')).click(); // closes the dropdown
        await w.visible(wizard.getByText(w.t('scan-rules.preview.count', { count: 2 })));
      },
    },
    {
      id: 'batch.rule-notify',
      text: {
        'zh-CN': {
          title: '创建规则-事件通知',
          caption: '单击“下一步”，事件通知选择“钉钉”，填写 Webhook 地址和加签密钥',
        },
        'en-US': {
          title: 'Create rule - notification',
          caption: 'Click "Next", notify by DingTalk, enter the webhook URL and signing secret',
        },
      },
      run: async (w) => {
        const wizard = w.page.getByRole('dialog', { name: w.t('scan-rules.wizard.create') });
        await w.click(wizard.getByRole('button', { name: w.t('scan-rules.next') }));
        await w.click(wizard.getByText(w.t('enum.scan-rule-notify.dingtalk'), { exact: true }));
        await w.type(
          wizard.getByLabel(w.t('scan-rules.field.webhook')),
          'https://oapi.dingtalk.com/robot/send?access_token=demo',
        );
        await w.type(wizard.getByLabel(w.t('scan-rules.field.secret')), 'SEC0123456789');
      },
    },
    {
      id: 'batch.rule-created',
      text: {
        'zh-CN': { title: '扫描规则', caption: `单击“创建”：规则 ${RULE} 出现在扫描规则列表，触发方式为手动触发` },
        'en-US': { title: 'Scan rules', caption: `Click "Create": rule ${RULE} is listed, triggered manually` },
      },
      run: async (w) => {
        const wizard = w.page.getByRole('dialog', { name: w.t('scan-rules.wizard.create') });
        await w.click(wizard.getByRole('button', { name: w.t('scan-rules.submit.create'), exact: true }));
        await w.visible(rowWith(w.page, RULE));
      },
    },
    {
      id: 'batch.run',
      text: {
        'zh-CN': { title: '立即扫描', caption: '单击规则的“立即扫描”并确定：任务列表中出现新的扫描任务' },
        'en-US': {
          title: 'Scan now',
          caption: 'Click "Scan now" on the rule and confirm: a new task appears under Tasks',
        },
      },
      run: async (w) => {
        await w.click(rowWith(w.page, RULE).getByRole('button', { name: w.t('scan-rules.action.run') }));
        await w.click(w.page.getByRole('dialog').getByRole('button', { name: w.t('common.ok') }));
        await w.focus(taskRow(w));
      },
    },
    {
      id: 'batch.task-done',
      text: {
        'zh-CN': { title: '任务列表', caption: '任务列表：扫描任务逐个扫描匹配的镜像版本，完成后状态为“扫描完成”' },
        'en-US': { title: 'Tasks', caption: 'Tasks: the task scans each matched tag, then shows "Scan complete"' },
      },
      run: async (w) => {
        // Realistic pace: each image goes through the scan phases, about a second each.
        await w.visible(taskRow(w).filter({ hasText: w.t('enum.scan-status.complete') }), 90_000);
        await w.focus(taskRow(w));
      },
    },
    {
      id: 'batch.task-details',
      text: {
        'zh-CN': { title: '任务详情', caption: '单击“查看任务”：任务详情列出每个镜像版本的扫描状态和漏洞数' },
        'en-US': {
          title: 'Task details',
          caption: 'Click "View task": the details list every tag with its status and vulnerability counts',
        },
      },
      run: async (w) => {
        await w.click(taskRow(w).getByRole('link', { name: w.t('scan-rules.tasks.view') }));
        await w.visible(w.page.getByRole('heading', { name: w.t('scan-rules.task.title') }));
        await w.focus(detailRow(w));
      },
    },
    {
      id: 'batch.result',
      text: {
        'zh-CN': { title: '扫描结果', caption: `单击 prod/nginx:${TAG} 的“查看详情”，查看该镜像的漏洞扫描结果` },
        'en-US': {
          title: 'Scan result',
          caption: `Click "View details" of prod/nginx:${TAG} to read the image's vulnerabilities`,
        },
      },
      run: async (w) => {
        await w.click(detailRow(w).getByRole('link', { name: w.t('scan-rules.task.view') }));
        await w.visible(w.page.getByRole('heading', { name: w.t('menu.tag-scan') }));
        // The result page reads the findings from the store: give it the same time as after 立即扫描.
        await w.visible(findingsTable(w).getByText(w.t('enum.severity.high'), { exact: true }).first(), 60_000);
        await w.focus(w.page.getByRole('tab', { name: w.t('enum.vul-type.cve') }));
      },
    },
  ],
};

/** The rule's task in 任务列表 (the row with 查看任务). */
const taskRow = (w: Walkthrough) =>
  rowWith(w.page, RULE).filter({ has: w.page.getByRole('link', { name: w.t('scan-rules.tasks.view') }) });

/** The vulnerable tag's row in 任务详情. */
const detailRow = (w: Walkthrough) =>
  rowWith(w.page, `prod/nginx:${TAG}`).filter({ has: w.page.getByRole('link', { name: w.t('scan-rules.task.view') }) });
