/** Types for app-package.cjs (kept by hand; the implementation is plain CommonJS so jest can load it). */
export declare const APP_PACKAGE_DIR: string;
export declare const SCHEMA_FILE: string;
export declare const SETTING_KEYS: readonly string[];

export declare class PackageError extends Error {}

export type SettingSource = 'env' | 'file' | 'default';

export interface ResolvedConfig {
  readonly envName: string;
  readonly values: Readonly<Record<string, string>>;
  readonly sources: Readonly<Record<string, SettingSource>>;
}

export declare function parseEnvFile(text: string): Record<string, string>;
export declare function envNameFromFile(file: string | undefined): string;
export declare function resolveConfig(options: {
  envName: string;
  fileValues?: Readonly<Record<string, string>>;
  processEnv?: Readonly<Record<string, string | undefined>>;
  packageVersion?: string;
}): ResolvedConfig;
/** Throws PackageError when a placeholder has no value or the result is not JSON. */
export declare function fillManifest(template: string, values: Readonly<Record<string, string>>): string;
/** Returns one line per schema violation; empty when valid. */
export declare function validateManifest(manifest: unknown, schemaFile?: string): string[];
export declare function buildAppPackage(options: {
  config: ResolvedConfig;
  appPackageDir?: string;
  outDir?: string;
}): { zipPath: string; manifest: unknown };
