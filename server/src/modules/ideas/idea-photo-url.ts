/** Where an idea's photo is served (the territory in the query: photos are tenant rows). */
export const ideaPhotoUrl = (territoryCode: string, photoId: string) =>
  `/api/ideas/photos/${photoId}?territory=${encodeURIComponent(territoryCode)}`;
