import { describe, expect, it } from 'vitest';
import { tagOfReference } from './use-image-upload';

describe('tagOfReference', () => {
  it.each([
    ['demo/app:1.0', '1.0'],
    ['registry.example.com:5000/ns/app:v2', 'v2'],
    ['docker.io/library/alpine:3.18', '3.18'],
    ['registry.example.com:5000/ns/app', 'latest'],
    ['app:1.0@sha256:abc', '1.0'],
    ['1.0.0', '1.0.0'],
  ])('%s → %s', (reference, tag) => {
    expect(tagOfReference(reference)).toBe(tag);
  });
});
