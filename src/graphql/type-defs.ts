import { readFileSync } from 'node:fs';
import { projectFile } from '../config/project-files.ts';

/** schema.graphql, the contract the server serves. */
export const typeDefs = readFileSync(projectFile('schema.graphql'), 'utf8');
