/** Shapes of the kawasan tables' JSON columns. */
import type { IdmStatus } from '../domain/village-index/idm.types.ts';

export interface InstitutionMemberRecord {
  name: string;
  agency: string | null;
  position: string;
  desaCode: string | null;
  management: boolean;
}

/** What a recommender run keeps besides its parameters: the proposals and every desa left out. */
export interface StoredRecommendation {
  proposals: {
    id: string;
    members: { code: string; name: string; status: IdmStatus | null }[];
    locomotives: string[];
    lagging: string[];
    pulls: { locomotive: string; lagging: string; steps: number }[];
    score: { total: number; mix: number; commodity: number | null; compactness: number };
    explanation: string[];
  }[];
  leftOut: { code: string; name: string; reason: string; message: string }[];
  noProposalReason: string | null;
}
