// What the server tells the playground page, shared by both sides: the server writes it into
// the page as a JSON data block (not a script, so the Content-Security-Policy allows no inline
// code), and the browser bundle reads it from there.

/** Where the bundle's files are served; the page and the bundle's Monaco workers load them from here. */
export const PLAYGROUND_ASSET_PATH = '/playground/assets';

/** The id of the page's JSON data block. */
export const PLAYGROUND_CONFIG_ELEMENT_ID = 'playground-config';

export interface PlaygroundTab {
  query: string;
  variables?: string;
  headers: string;
}

export interface PlaygroundPageConfig {
  /** Path of the GraphQL endpoint, on the page's own origin. */
  endpoint: string;
  /** The request headers of a new tab (JSON with comments). */
  headers: string;
  /** The example operations, one tab each. */
  tabs: PlaygroundTab[];
  /** PLAYGROUND=readonly: the page refuses to send mutations. */
  readOnly: boolean;
  /**
   * Names what the page keeps in the browser's storage: a hash of the rest of this
   * configuration, so that another one (read-only, other examples or headers) starts afresh.
   */
  storageNamespace: string;
}
