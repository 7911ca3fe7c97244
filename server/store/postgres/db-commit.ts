import type { ChangeResult } from '../changes.js';
import type { Overlay } from '../overlay.js';
import type { RecordWrite } from '../record-plan.js';
import { withVocabularyAdditions } from '../vocabulary-additions.js';
import type { Entity, Relation } from '../../model/records.js';
import type { DbCommit } from './write.js';

/** What a validated batch writes to the database: its records (with their files), sources, review entries, vocabulary additions and who asked for what. */
export function dbCommitOf(
  overlay: Overlay,
  records: { entities: RecordWrite<Entity>[]; relations: RecordWrite<Relation>[] },
  vocabulary: string,
  jobs: Array<{ by: string; results: ChangeResult[] }>,
): DbCommit {
  const additions = overlay.vocabularyAdditions;
  return {
    entities: records.entities,
    relations: records.relations,
    sources: [...overlay.sources.values()],
    originals: overlay.originals,
    reviews: [...overlay.reviews.values()],
    vocabulary:
      additions.length === 0
        ? null
        : {
            before: vocabulary,
            after: withVocabularyAdditions(vocabulary, additions),
            kinds: additions.flatMap((a) => (a.list === 'entityKinds' ? [a.value.id] : [])),
            types: additions.flatMap((a) => (a.list === 'relationTypes' ? [a.value.id] : [])),
          },
    jobs,
  };
}
