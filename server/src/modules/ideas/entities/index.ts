import {
  IdeaActionEntity,
  IdeaCommentEntity,
  IdeaEntity,
  IdeaPhotoEntity,
  IdeaStatusChangeEntity,
  IdeaSupportEntity,
} from './idea.entity.js';

export { IdeaActionEntity, IdeaCommentEntity, IdeaEntity, IdeaPhotoEntity, IdeaStatusChangeEntity, IdeaSupportEntity };
export const ideasEntities = [
  IdeaPhotoEntity,
  IdeaEntity,
  IdeaSupportEntity,
  IdeaCommentEntity,
  IdeaActionEntity,
  IdeaStatusChangeEntity,
];
