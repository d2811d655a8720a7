import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { regionsApi } from '../../api-client/regions-api';
import { regionKeys } from '../regions/use-region-queries';
import { useSession } from '../session/use-session';
import { kabupatenChoices } from './kawasan-access';
import { useProvinceRegencies } from './use-kawasan-queries';

export interface KabupatenOption {
  code: string;
  name: string;
  /** False for a kota or kabupaten without desa (only kelurahan): no kawasan perdesaan there. */
  hasDesa: boolean;
}

/**
 * Where the signed-in user may start a kawasan: their kabupaten/kota, or for a province officer
 * every kabupaten/kota of the province (several may be chosen: the Gubernur designates those).
 */
export function useKabupatenOptions() {
  const { user } = useSession();
  const choices = useMemo(() => kabupatenChoices(user), [user]);
  const province = choices.provinces[0] ?? null;
  const regencies = useProvinceRegencies(province);
  const own = useQueries({
    queries: choices.kabupaten.map((code) => ({
      queryKey: regionKeys.detail(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => regionsApi.region(code, signal),
    })),
  });
  const options: KabupatenOption[] = [];
  for (const query of own) {
    const r = query.data;
    if (r) options.push({ code: r.code, name: r.name, hasDesa: r.counts.desa + r.counts.desaAdat > 0 });
  }
  for (const r of regencies.data?.items ?? []) {
    if (!options.some((o) => o.code === r.code)) {
      options.push({ code: r.code, name: r.name, hasDesa: r.counts.desa + r.counts.desaAdat > 0 });
    }
  }
  const pending = own.some((q) => q.isPending) || (province !== null && regencies.isPending);
  const failed = own.find((q) => q.isError)?.error ?? (regencies.isError ? regencies.error : null);
  return {
    options,
    /** A province officer may pick several kabupaten of the province. */
    multiple: province !== null,
    provinceName: regencies.data?.parent.name ?? null,
    pending,
    error: failed,
    retry: () => {
      for (const q of own) if (q.isError) void q.refetch();
      if (regencies.isError) void regencies.refetch();
    },
  };
}
