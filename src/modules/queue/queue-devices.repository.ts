import type { Queryable } from '../../platform/db/database.js';

export type QueueDevice = {
  id: string;
  mppId: string;
  kind: 'kiosk';
  name: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
};

function mapDevice(r: Record<string, unknown>): QueueDevice {
  return {
    id: r.id as string,
    mppId: r.mpp_id as string,
    kind: r.kind as 'kiosk',
    name: r.name as string,
    createdAt: new Date(r.created_at as string),
    lastSeenAt: r.last_seen_at ? new Date(r.last_seen_at as string) : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at as string) : null,
  };
}

/** Kiosks paired with an MPP; tokens are stored as hashes only. */
export function createQueueDevicesRepository() {
  return {
    async insert(
      tx: Queryable,
      d: { id: string; mppId: string; kind: 'kiosk'; name: string; tokenHash: string; createdBy: string; at: Date },
    ): Promise<QueueDevice> {
      const [row] = await tx.query(
        `INSERT INTO queue_devices (id, mpp_id, kind, name, token_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING *`,
        [d.id, d.mppId, d.kind, d.name, d.tokenHash, d.createdBy, d.at],
      );
      return mapDevice(row as Record<string, unknown>);
    },
    async list(db: Queryable, mppId: string): Promise<QueueDevice[]> {
      const rows = await db.query('SELECT * FROM queue_devices WHERE mpp_id = $1 ORDER BY created_at', [mppId]);
      return rows.map(mapDevice);
    },
    async find(db: Queryable, id: string): Promise<QueueDevice | undefined> {
      const rows = await db.query('SELECT * FROM queue_devices WHERE id = $1', [id]);
      return rows[0] ? mapDevice(rows[0]) : undefined;
    },
    /** The live device with this token hash; records that it was seen (at most once a minute). One statement. */
    async authenticate(db: Queryable, tokenHash: string, at: Date): Promise<QueueDevice | undefined> {
      const rows = await db.query(
        `WITH device AS (SELECT * FROM queue_devices WHERE token_hash = $1 AND revoked_at IS NULL),
           seen AS (
             UPDATE queue_devices d SET last_seen_at = $2 FROM device
             WHERE d.id = device.id AND (device.last_seen_at IS NULL OR device.last_seen_at < $2::timestamptz - interval '1 minute')
           )
         SELECT * FROM device`,
        [tokenHash, at],
      );
      return rows[0] ? mapDevice(rows[0]) : undefined;
    },
    async revoke(tx: Queryable, id: string, at: Date): Promise<void> {
      await tx.query('UPDATE queue_devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [id, at]);
    },
  };
}

export type QueueDevicesRepository = ReturnType<typeof createQueueDevicesRepository>;
