import { useEffect, useState } from 'react';
import type { RefererPolicy, Settings } from '../../../shared/model';
import { formatBytes } from '../common/format-bytes';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import { ChoiceGroup } from './choice-group';
import './image-settings.css';

const REFERERS: [RefererPolicy, MessageKey][] = [
  ['article', 'refererArticle'],
  ['origin', 'refererOrigin'],
  ['none', 'refererNone'],
];

interface TextSettingProps {
  label: string;
  field: 'imageProxy' | 'imageUserAgent';
  /** The saved value: the field starts from it (the parent keys the field by it, so a saved change resets the draft). */
  stored: string;
  placeholder: string;
  hint?: string;
}

/** A text setting saved when the field is left or Enter is pressed (not at every keystroke: a half-typed proxy is no proxy). */
function TextSetting({ label, field, stored, placeholder, hint }: TextSettingProps) {
  const updateSettings = useFolio((s) => s.updateSettings);
  const [draft, setDraft] = useState(stored);
  const save = () => {
    if (draft.trim() !== stored) void updateSettings({ [field]: draft.trim() } as Partial<Settings>);
  };
  return (
    <label className="setting-row">
      <span className="setting-label">{label}</span>
      <input
        type="text"
        className="setting-text"
        value={draft}
        placeholder={placeholder}
        title={hint}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
    </label>
  );
}

function ImageStorageRows() {
  const { t, formatNumber } = useI18n();
  const storage = useFolio((s) => s.imageStorage);
  const busy = useFolio((s) => s.imageJob !== null || s.importJob !== null);
  const loadImageStorage = useFolio((s) => s.loadImageStorage);
  const removeImages = useFolio((s) => s.removeImages);
  const cleanupImages = useFolio((s) => s.cleanupImages);
  const startImageJob = useFolio((s) => s.startImageJob);
  useEffect(() => void loadImageStorage(), [loadImageStorage]);
  if (!storage) return null;
  const { images, bytes } = storage.downloaded;
  return (
    <div className="image-storage">
      <p>{t('imageStorage', { count: images, size: formatBytes(bytes, formatNumber) })}</p>
      {storage.bySource.length > 0 && (
        <ul>
          {storage.bySource.map((s) => (
            <li key={s.sourceId}>
              <span>{t('imageStorageSource', { name: s.name, count: s.images, size: formatBytes(s.bytes, formatNumber) })}</span>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                aria-label={t('removeSourceImages', { name: s.name })}
                onClick={() => void removeImages(s.sourceId)}
              >
                {t('removeSourceImages', { name: s.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="image-storage-actions">
        <button
          type="button"
          className="button small"
          disabled={busy}
          onClick={() => void startImageJob({ kind: 'view', view: { kind: 'all' } })}
        >
          {t('downloadLibraryImages')}
        </button>
        <button type="button" className="button small" disabled={busy || images === 0} onClick={() => void removeImages()}>
          {t('removeAllImages')}
        </button>
        <button type="button" className="button small" disabled={busy} onClick={() => void cleanupImages()}>
          {t('cleanupImages')}
        </button>
      </div>
    </div>
  );
}

/** Images: when they are downloaded, through which proxy and as which browser, and the disk they take. */
export function ImageSettings() {
  const { t } = useI18n();
  const settings = useFolio((s) => s.settings);
  const updateSettings = useFolio((s) => s.updateSettings);
  return (
    <section className="settings-section" aria-label={t('imagesSettings')}>
      <h3>{t('imagesSettings')}</h3>
      <p className="setting-note">{t('imagesPrivacy')}</p>
      <label className="setting-row setting-check">
        <input
          type="checkbox"
          checked={settings.downloadNewImages}
          onChange={(event) => void updateSettings({ downloadNewImages: event.target.checked })}
        />
        {t('downloadNewImages')}
      </label>
      <TextSetting
        key={`proxy:${settings.imageProxy}`}
        label={t('imageProxy')}
        field="imageProxy"
        stored={settings.imageProxy}
        placeholder={t('imageProxyPlaceholder')}
        hint={t('imageProxyHint')}
      />
      <TextSetting
        key={`ua:${settings.imageUserAgent}`}
        label={t('imageUserAgent')}
        field="imageUserAgent"
        stored={settings.imageUserAgent}
        placeholder={t('imageUserAgentPlaceholder')}
      />
      <ChoiceGroup
        label={t('imageReferer')}
        name="image-referer"
        value={settings.imageReferer}
        options={REFERERS.map(([value, key]) => [value, t(key)])}
        onChange={(imageReferer) => void updateSettings({ imageReferer })}
      />
      <ImageStorageRows />
    </section>
  );
}
