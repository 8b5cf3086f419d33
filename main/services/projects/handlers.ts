/** Handlers of the projects' channels. */
import type { projectChannels } from '../../../preload/contract/domains/projects';
import { clearProjectLogo, deleteProject, getProject, getProjectLogo, listProjects, saveProject, setProjectLogo } from '.';
import type { HandlersOf } from '../handlerTypes';

export const projectHandlers: HandlersOf<typeof projectChannels> = {
  'projects.list': (ctx, query) => listProjects(ctx.db, query),
  'projects.get': (ctx, { id }) => getProject(ctx.db, id),
  'projects.save': (ctx, input) => saveProject(ctx.db, input),
  'projects.delete': (ctx, { id, version }) => deleteProject(ctx.db, id, version),
  'projects.setLogo': (ctx, input) => setProjectLogo(ctx.db, ctx.filesDir, input),
  'projects.getLogo': (ctx, input) => getProjectLogo(ctx.db, ctx.filesDir, input),
  'projects.clearLogo': (ctx, input) => clearProjectLogo(ctx.db, input),
};
