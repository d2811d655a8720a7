import { describe, expect, it } from 'vitest';
import { ACTIVITY_CATEGORIES } from '../facilitation/activity-log.ts';
import { IDM_INDICATORS } from '../village-index/idm-indicators.ts';
import { ASPECTS, TARGET_GROUPS } from './aspects.ts';
import { isTrainingTopicId, TRAINING_TOPIC_IDS, TRAINING_TOPICS, topicById } from './topics.ts';

describe('the topic catalogue', () => {
  it('has unique ids, known aspects, target groups and categories', () => {
    expect(new Set(TRAINING_TOPIC_IDS).size).toBe(TRAINING_TOPICS.length);
    for (const t of TRAINING_TOPICS) {
      expect(t.aspects.length).toBeGreaterThan(0);
      for (const a of t.aspects) expect(ASPECTS).toContain(a);
      for (const g of t.targetGroups) expect(TARGET_GROUPS).toContain(g);
      for (const c of t.categories) expect(ACTIVITY_CATEGORIES).toContain(c);
    }
  });

  it('links only to IDM indicators that exist, never to infrastructure-only ones', () => {
    const codes = new Set(IDM_INDICATORS.map((i) => i.code));
    const linked = TRAINING_TOPICS.flatMap((t) => t.idmIndicators);
    for (const code of linked) expect(codes).toContain(code);
    for (const infra of [
      'IKS02_DOKTER',
      'IKS28_AKSES_LISTRIK',
      'IKS29_SINYAL_TELEPON',
      'IKE12_KUALITAS_JALAN',
    ]) {
      expect(linked).not.toContain(infra);
    }
    expect(topicById('kader_posyandu').idmIndicators).toEqual(['IKS07_AKTIVITAS_POSYANDU']);
  });

  it('has lower-case keywords, unique within a topic', () => {
    for (const t of TRAINING_TOPICS) {
      expect(new Set(t.keywords).size).toBe(t.keywords.length);
      for (const k of t.keywords) expect(k).toBe(k.toLowerCase());
    }
  });

  it('recognises its ids', () => {
    expect(isTrainingTopicId('tata_kelola_bumdes')).toBe(true);
    expect(isTrainingTopicId('sulap')).toBe(false);
    expect(topicById('koperasi').label).toMatch(/Koperasi Desa Merah Putih/);
  });
});
