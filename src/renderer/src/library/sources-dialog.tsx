import { useState } from 'react';
import type { SourceSummary } from '../../../shared/model';
import { ModalDialog } from '../common/modal-dialog';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import type { SourceAction } from './source-menu';

interface SourcesDialogProps {
  /** The source the context menu was opened on, and what was picked there. */
  focusSourceId: number | null;
  action: SourceAction | null;
  onClose(): void;
}

type Pending = { kind: 'merge'; from: SourceSummary; into: SourceSummary } | { kind: 'remove'; source: SourceSummary };

/** Every source with its name, hidden flag, merge and removal; merging and removing ask first. */
export function SourcesDialog({ focusSourceId, action, onClose }: SourcesDialogProps) {
  const { t } = useI18n();
  const sources = useFolio((s) => s.overview?.sources ?? []);
  const focused = sources.find((s) => s.id === focusSourceId);
  const [pending, setPending] = useState<Pending | null>(action === 'remove' && focused ? { kind: 'remove', source: focused } : null);

  return (
    <ModalDialog label={t('sourcesTitle')} className="sources-dialog" onClose={onClose}>
      <h2>{t('sourcesTitle')}</h2>
      {pending ? (
        <Confirm pending={pending} onDone={() => setPending(null)} />
      ) : (
        <ul className="source-rows">
          {sources.map((source) => (
            <SourceRow
              key={source.id}
              source={source}
              others={sources.filter((s) => s.id !== source.id)}
              autoFocus={source.id === focusSourceId ? action : null}
              onAsk={setPending}
            />
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}

interface SourceRowProps {
  source: SourceSummary;
  others: SourceSummary[];
  autoFocus: SourceAction | null;
  onAsk(pending: Pending): void;
}

function SourceRow({ source, others, autoFocus, onAsk }: SourceRowProps) {
  const { t, formatNumber } = useI18n();
  const renameSource = useFolio((s) => s.renameSource);
  const setSourceHidden = useFolio((s) => s.setSourceHidden);
  const [name, setName] = useState(source.name);
  const rename = () => {
    if (name.trim() !== source.name) void renameSource(source.id, name);
  };
  const notes = [
    source.importedName !== source.name ? t('importedAs', { name: source.importedName }) : '',
    source.merged.length > 0 ? t('includesSources', { names: source.merged.join('、') }) : '',
  ].filter(Boolean);

  return (
    <li className="source-row">
      <div className="source-row-name">
        <input
          type="text"
          value={name}
          aria-label={t('sourceName', { name: source.name })}
          data-autofocus={autoFocus === 'rename' ? '' : undefined}
          onChange={(event) => setName(event.target.value)}
          onBlur={rename}
          onKeyDown={(event) => {
            if (event.key === 'Enter') rename();
          }}
        />
        <span className="source-row-count">{formatNumber(source.count)}</span>
      </div>
      {notes.length > 0 && <p className="source-row-note">{notes.join(' · ')}</p>}
      <div className="source-row-actions">
        <label className="setting-check">
          <input type="checkbox" checked={source.hidden} onChange={(event) => void setSourceHidden(source.id, event.target.checked)} />
          {t('hideFromAll')}
        </label>
        {others.length > 0 && (
          <select
            aria-label={t('mergeInto', { name: source.name })}
            value=""
            data-autofocus={autoFocus === 'merge' ? '' : undefined}
            onChange={(event) => {
              const into = others.find((s) => s.id === Number(event.target.value));
              if (into) onAsk({ kind: 'merge', from: source, into });
            }}
          >
            <option value="">{t('mergeChoose')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="button small" onClick={() => onAsk({ kind: 'remove', source })}>
          {t('removeArticles')}
        </button>
      </div>
    </li>
  );
}

function Confirm({ pending, onDone }: { pending: Pending; onDone(): void }) {
  const { t } = useI18n();
  const mergeSources = useFolio((s) => s.mergeSources);
  const removeSource = useFolio((s) => s.removeSource);
  const [question, label, act] =
    pending.kind === 'merge'
      ? [
          t('mergeConfirm', { from: pending.from.name, into: pending.into.name, count: pending.from.count }),
          t('merge'),
          () => mergeSources(pending.from.id, pending.into.id),
        ]
      : [
          t('removeConfirm', { name: pending.source.name, count: pending.source.count }),
          t('remove'),
          () => removeSource(pending.source.id),
        ];
  return (
    <div className="confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <div className="confirm-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className={pending.kind === 'remove' ? 'button danger' : 'button primary'}
          data-autofocus=""
          onClick={() => {
            void act();
            onDone();
          }}
        >
          {label}
        </button>
      </div>
    </div>
  );
}
