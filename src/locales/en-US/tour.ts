import type { tour as zh } from '../zh-CN/tour';

export const tour: Record<keyof typeof zh, string> = {
  'tour.launcher': 'Guide',
  'tour.name.single': 'Scan a single image',
  'tour.name.batch': 'Scan images in batches',
  'tour.name.cloud': 'Set up the cloud-security engine',
  'tour.resume': 'Resume: {tour} (step {step}/{total})',
  'tour.prev': 'Previous',
  'tour.next': 'Next',
  'tour.finish': 'Finish',
  'tour.progress': 'Step {current} of {total}',
  'tour.elsewhere': 'This step takes place on the "{place}" page.',
  'tour.go-to': 'Go to {place}',
  'tour.waiting': "Waiting for the page to show this step's control…",
  'tour.place.instances': 'Instances',
  'tour.place.instance': 'Instance Management',
  'tour.place.repositories': 'Repositories',
  'tour.place.repository': 'Repository Details',
  'tour.place.tags': 'Image Tags',
  'tour.place.tag-scan': 'Security Scan',
  'tour.place.scan': 'Image scanning',
  'tour.place.vpc': 'VPC',
  'tour.place.authorize': 'Cloud resource access authorization',
  'tour.place.sas-buy': 'Security Center (subscription)',

  'tour.step.region.title': 'Select a region',
  'tour.step.region.description':
    'In the top navigation bar, select the region you need. The instance list shows only instances in that region; if the region is already right, click "Next".',
  'tour.step.instance.title': 'Instance list',
  'tour.step.instance.description':
    'On the Instances page, click the Enterprise Edition instance you want (its name, or "Manage" in the Actions column).',
  'tour.step.result.title': 'View the scan results',
  'tour.step.result.description':
    'The Security Scan page shows the results, including the details of each vulnerability: its ID, severity, package and fixed version.',

  'tour.single.repositories.title': 'Repositories',
  'tour.single.repositories.description':
    'In the left-side navigation pane of the instance management page, choose Repository > Repositories.',
  'tour.single.repository.title': 'Manage a repository',
  'tour.single.repository.description':
    'In the repository list, click "Manage" in the Actions column of the repository.',
  'tour.single.tags.title': 'Image tags',
  'tour.single.tags.description': 'In the left-side navigation pane of the repository, click "Tags".',
  'tour.single.tag-scan.title': 'Security scan',
  'tour.single.tag-scan.description': 'In the tag list, click "Security Scan" in the Actions column of the tag.',
  'tour.single.scan-now.title': 'Scan now',
  'tour.single.scan-now.description':
    'Click "Scan Now". ACR identifies the known vulnerabilities in the image; once the scan starts, the page shows its progress.',

  'tour.batch.scan.title': 'Security > Image scanning',
  'tour.batch.scan.description': 'On the instance management page, choose Security > Image scanning.',
  'tour.batch.vpc-needed.title': 'Configure a VPC for the instance',
  'tour.batch.vpc-needed.description':
    'Batch image scanning uses a VPC of the Enterprise Edition instance to scan images. This instance has no VPC yet: click "Configure a VPC" in the notice.',
  'tour.batch.vpc-add.title': 'Add a VPC',
  'tour.batch.vpc-add.description': 'On the VPC page, click "Add VPC".',
  'tour.batch.vpc-form.title': 'Choose the VPC and vSwitch',
  'tour.batch.vpc-form.description': 'Select a VPC and a vSwitch in the region of the instance, then click "OK".',
  'tour.batch.vpc-back.title': 'Back to Image scanning',
  'tour.batch.vpc-back.description':
    'The VPC is configured. In the left-side navigation pane, choose Security > Image scanning to go on with the batch scan.',
  'tour.batch.engine.title': 'Choose the scan engine',
  'tour.batch.engine.description':
    'The upper-right corner of the Image scanning page shows the scan engine. Trivy engine: the open source engine, detects system and application vulnerabilities. Cloud Security engine: developed by Alibaba Cloud, also runs baseline checks and detects malicious samples. Click "Switch" to change it, or "Next" to keep the current engine.',
  'tour.batch.create-rule.title': 'Create a scan rule',
  'tour.batch.create-rule.description': 'On the Image scanning page, click "Create rule".',
  'tour.batch.rule-name.title': 'Rule name',
  'tour.batch.rule-name.description': 'In the Scan Rule step of the wizard, enter a rule name.',
  'tour.batch.rule-scope.title': 'Scan scope',
  'tour.batch.rule-scope.description':
    'Set the scan scope. By namespace: select namespaces and enter a regular expression that filters image tags. By repository: select a namespace and repositories, and enter the tag filter.',
  'tour.batch.rule-next.title': 'Next step',
  'tour.batch.rule-next.description': 'Once the scope is set, click "Next".',
  'tour.batch.rule-notify.title': 'Event notification',
  'tour.batch.rule-notify.description':
    'Optional: choose how to be notified in the Event Notification step. DingTalk, HTTP and HTTPS are supported; DingTalk needs a webhook URL and a signing secret. A notification is sent when the scan succeeds. Then click "Create".',
  'tour.batch.run.title': 'Scan now',
  'tour.batch.run.description':
    'Trigger the scan manually: click "Scan Now" in the Actions column of the rule, then click "OK" in the dialog.',
  'tour.batch.task-status.title': 'Task list',
  'tour.batch.task-status.description':
    'The scan succeeded when the Scan Status of the task in the task list shows "Completed".',
  'tour.batch.view-task.title': 'View the task',
  'tour.batch.view-task.description': 'In the task list, click "View task" in the Actions column of the task.',
  'tour.batch.view-details.title': 'Task details',
  'tour.batch.view-details.description':
    'On the Task Details page, click "View details" in the Actions column of an image. When the rule covers several images, any of them shows its scan results.',

  'tour.cloud.engines.title': 'Scan information',
  'tour.cloud.engines.description':
    "Batch image scanning can use the Trivy scan engine or the cloud-security scan engine. Trivy: an open-source engine that detects system and application vulnerabilities, without one-click fix of system vulnerabilities. Cloud security: Alibaba Cloud's own engine, which also checks baselines and malicious samples and can fix system vulnerabilities in one click. If you have not bought the cloud-security engine, follow the next steps.",
  'tour.cloud.authorize-link.title': 'Cloud resource access authorization',
  'tour.cloud.authorize-link.description':
    'Allow Security Center to call the Container Registry OpenAPI: click "Cloud resource access authorization".',
  'tour.cloud.authorize-agree.title': 'Confirm authorization',
  'tour.cloud.authorize-agree.description':
    'On the Cloud Resource Access Authorization page, click "Confirm Authorization Policy"; you return to Image scanning.',
  'tour.cloud.upgrade.title': 'Upgrade to the cloud-security engine',
  'tour.cloud.upgrade.description':
    'In the Scan information section of Image scanning, click "Upgrade to cloud-security engine".',
  'tour.cloud.service-role.title': 'Create the service-linked role',
  'tour.cloud.service-role.description':
    'The first time you use the cloud-security engine, you are asked to create the AliyunServiceRoleForSas role. Click "Create" in the dialog.',
  'tour.cloud.buy.title': 'Buy Now',
  'tour.cloud.buy.description':
    'Set Security scan to the cloud-security engine, select the Container Registry service agreement, set the other parameters as you need, then click "Buy Now".',
  'tour.cloud.pay.title': 'Pay',
  'tour.cloud.pay.description': 'Check the order, then click "Pay".',
  'tour.cloud.back.title': 'Back to Image scanning',
  'tour.cloud.back.description': 'Once paid, click "Back to image scanning".',
  'tour.cloud.engine-in-use.title': 'Cloud-security scan engine',
  'tour.cloud.engine-in-use.description':
    'Back on Image scanning, the engine in the upper-right corner is now the cloud-security engine. In Scan information you can click "Settings" and select "Sync": Container Registry then forwards instance deletions, image pushes, image deletions and repository deletions to Security Center.',
};
