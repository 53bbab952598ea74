import { join } from 'node:path';
import { projectFile } from '../../config/project-files.ts';

// The built playground (GraphiQL, React and Monaco bundled from node_modules by
// src/tools/build-playground.ts, which the install runs). It is derived from installed
// packages, so it lives with them, out of the repository and of every linter's way.
export const PLAYGROUND_BUNDLE_DIR = projectFile('node_modules', '.cache', 'interactions-playground');

/**
 * The files the service serves, in a folder of the build's own: the build's stamp (what it was
 * built from, src/tools/playground-bundle.ts) sits beside it, not served.
 */
export const PLAYGROUND_ASSETS_DIR = join(PLAYGROUND_BUNDLE_DIR, 'assets');

/** The page's script and style sheet, which exist once the bundle is built. */
export const PLAYGROUND_ENTRY_FILES = { script: 'playground.js', style: 'playground.css' } as const;
