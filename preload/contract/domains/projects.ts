/** Channels of projects: the project with its phases and indicators, and its logo strips. */
import { byId, byIdAndVersion, channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { projectListQuery, projectLogoRef, projectLogoUpload, projectSave, type Project } from '../schemas/projects';

export const projectChannels = {
  'projects.list': channel<Project[]>()(projectListQuery),
  'projects.get': channel<Project>()(byId),
  /** The project with its phases and indicators, in one transaction. */
  'projects.save': channel<Project>()(projectSave),
  /** Refused while partnerships or agreements refer to the project. */
  'projects.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Stores a PNG, JPG or SVG logo strip in the data folder (checked by content, not only by extension). */
  'projects.setLogo': channel<Project>()(projectLogoUpload),
  /** The logo strip with its original file name, checksum verified; `file` is null when none was set. */
  'projects.getLogo': channel<{ file: ExportedFile | null }>()(projectLogoRef),
  'projects.clearLogo': channel<Project>()(projectLogoRef),
} as const;
