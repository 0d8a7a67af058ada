import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '../../authz/index.js';
import {
  MODERATING_ROLES,
  mayConfigureModeration,
  mayModerate,
  mayReport,
  maySeeDecision,
} from './moderation.policy.js';

const T = '00000000-0000-4000-8000-000000000001';
const OTHER_T = '00000000-0000-4000-8000-000000000002';
const viewer = (id: string, role: Role | null, territoryId = T): Viewer =>
  role === null
    ? { kind: 'anonymous' }
    : {
        kind: 'user',
        user: { id, email: null, displayName: null },
        sessionId: 's',
        memberships: [{ id: 'm', territoryId, role, citizenCouncilId: null, communeId: null }],
      };
const item = (over: Partial<{ status: 'PENDING' | 'PUBLISHED' | 'REJECTED'; hiddenAt: Date | null }> = {}) => ({
  territoryId: T,
  authorId: 'author',
  status: 'PUBLISHED' as const,
  hiddenAt: null,
  ...over,
});

describe('moderation policy', () => {
  it('lets moderators, staff and admins of the territory moderate; only admins configure', () => {
    expect(MODERATING_ROLES).toEqual(['MODERATOR', 'STAFF', 'ADMIN']);
    expect(mayModerate(viewer('a', 'MODERATOR'), T)).toBe(true);
    expect(mayModerate(viewer('a', 'MODERATOR', OTHER_T), T)).toBe(false);
    expect(mayModerate(viewer('a', 'RESIDENT'), T)).toBe(false);
    expect(mayConfigureModeration(viewer('a', 'ADMIN'), T)).toBe(true);
    expect(mayConfigureModeration(viewer('a', 'STAFF'), T)).toBe(false);
  });

  it('shows a refusal’s reason to its author and the moderators only', () => {
    expect(maySeeDecision(viewer('author', 'RESIDENT'), item())).toBe(true);
    expect(maySeeDecision(viewer('m', 'MODERATOR'), item())).toBe(true);
    expect(maySeeDecision(viewer('someone', 'RESIDENT'), item())).toBe(false);
    expect(maySeeDecision(viewer('', null), item())).toBe(false);
  });

  it('lets signed-in people report what is public, except their own', () => {
    expect(mayReport(viewer('someone', 'RESIDENT'), item())).toBe(true);
    expect(mayReport(viewer('someone', 'RESIDENT', OTHER_T), item())).toBe(true);
    expect(mayReport(viewer('', null), item())).toBe(false);
    expect(mayReport(viewer('author', 'RESIDENT'), item())).toBe(false);
    expect(mayReport(viewer('someone', 'RESIDENT'), item({ status: 'PENDING' }))).toBe(false);
    expect(mayReport(viewer('someone', 'RESIDENT'), item({ hiddenAt: new Date() }))).toBe(false);
  });
});
