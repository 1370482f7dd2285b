import { statfsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

// statfs magic numbers of network and user-space file systems, on which SQLite's WAL is unsafe.
const NETWORK_FS = new Map<number, string>([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x65735546, 'FUSE'],
]);

// Folders that sync tools rewrite behind SQLite's back.
const CLOUD_FOLDERS = ['Dropbox', 'OneDrive', 'Google Drive', 'GoogleDrive', 'iCloud Drive', 'Mobile Documents', 'Nextcloud', 'ownCloud', 'pCloud', 'Box Sync'];

/**
 * Warnings for a project kept where WAL journaling is unsafe: a network share or a cloud-synced
 * folder. The project still opens; the user is told to keep it on a local disk.
 */
export function storageWarnings(projectPath: string): string[] {
  const warnings: string[] = [];
  const parts = resolve(projectPath).split(sep);
  const cloud = CLOUD_FOLDERS.find((f) => parts.some((p) => p === f || p.startsWith(`${f} `) || p.startsWith(`${f}-`)));
  if (cloud) {
    warnings.push(
      `This project is in a cloud-synced folder (${cloud}). Syncing can corrupt a project that is open: keep it on a local disk and copy it when it is closed.`,
    );
  }
  try {
    const fs = NETWORK_FS.get(Number(statfsSync(dirname(resolve(projectPath))).type));
    if (fs) {
      warnings.push(`This project is on a network drive (${fs}). Verbatim needs a local disk to write safely: copy the project to your computer.`);
    }
  } catch {
    // statfs is not available everywhere; the folder check above still applies
  }
  return warnings;
}
