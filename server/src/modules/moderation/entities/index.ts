import { ModerationItemEntity, ModerationReportEntity, ModerationSettingEntity } from './moderation.entity.js';

export { ModerationItemEntity, ModerationReportEntity, ModerationSettingEntity };
export const moderationEntities = [ModerationSettingEntity, ModerationItemEntity, ModerationReportEntity];
