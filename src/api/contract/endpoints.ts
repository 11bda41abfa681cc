/**
 * Access endpoints: `ListInstanceEndpoint` (public endpoint and its ACL) and the VPC endpoint actions
 * `GetInstanceVpcEndpoint`, `CreateInstanceVpcEndpointLinkedVpc`, `DeleteInstanceVpcEndpointLinkedVpc`.
 */
import { z } from 'zod';
import { successEnvelope } from './wire';

export const MODULE_NAMES = ['Registry', 'Chart'] as const;
export const LINKED_VPC_STATUSES = ['CREATING', 'RUNNING'] as const;

export const DomainSchema = z.object({ Domain: z.string(), Type: z.enum(['SYSTEM', 'USER']) });

export const EndpointSchema = z.object({
  EndpointType: z.literal('internet'),
  Enable: z.boolean(),
  AclEnable: z.boolean(),
  AclEntries: z.array(z.object({ Entry: z.string() })),
  Domains: z.array(DomainSchema),
  LinkedVpcs: z.array(z.object({ VpcId: z.string() })),
  Status: z.string(),
});
export type Endpoint = z.infer<typeof EndpointSchema>;

export const ListInstanceEndpointRequest = z.object({
  InstanceId: z.string(),
  ModuleName: z.enum(MODULE_NAMES).optional(),
  Summary: z.boolean().optional(),
});
export const ListInstanceEndpointResponse = z.object({ ...successEnvelope, Endpoints: z.array(EndpointSchema) });

export const LinkedVpcSchema = z.object({
  VpcId: z.string(),
  VswitchId: z.string(),
  /** The private address the instance answers on inside the VPC. */
  Ip: z.string(),
  DefaultAccess: z.boolean(),
  Status: z.enum(LINKED_VPC_STATUSES),
  Issue: z.string().optional(),
});
export type LinkedVpc = z.infer<typeof LinkedVpcSchema>;

export const GetInstanceVpcEndpointRequest = z.object({
  InstanceId: z.string(),
  ModuleName: z.enum(MODULE_NAMES).optional(),
});
export const GetInstanceVpcEndpointResponse = z.object({
  ...successEnvelope,
  Enable: z.boolean(),
  Domains: z.array(z.string()),
  ModuleName: z.enum(MODULE_NAMES),
  LinkedVpcs: z.array(LinkedVpcSchema),
});

const linkParams = {
  InstanceId: z.string(),
  VpcId: z.string(),
  VswitchId: z.string(),
  ModuleName: z.enum(MODULE_NAMES).optional(),
};
export const CreateInstanceVpcEndpointLinkedVpcRequest = z.object({
  ...linkParams,
  EnableCreateDNSRecordInPvzt: z.boolean().optional(),
});
export const CreateInstanceVpcEndpointLinkedVpcResponse = z.object({ ...successEnvelope });
export const DeleteInstanceVpcEndpointLinkedVpcRequest = z.object(linkParams);
export const DeleteInstanceVpcEndpointLinkedVpcResponse = z.object({ ...successEnvelope });
