/** The ideas pages, one chunk: a person who opens the list often opens an idea or the form next. */
export { IdeasPage } from './IdeasPage';
export { ProposeIdeaPage } from './ProposeIdeaPage';
export { ConfirmIdeaPage } from './ConfirmIdeaPage';
export { IdeaPage } from './IdeaPage';
