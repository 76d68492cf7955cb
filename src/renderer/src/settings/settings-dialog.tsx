import { LIMITS } from '../../../shared/limits';
import type { LanguageSetting, ReadingFontSetting, ThemeSetting } from '../../../shared/model';
import { ModalDialog } from '../common/modal-dialog';
import { LibraryLocation } from '../desktop/library-location';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import { ChoiceGroup } from './choice-group';
import { ImageSettings } from './image-settings';

// Records keyed by the schema-derived types: a value added to the schema without a label here is a type error.
const THEME_LABELS: Record<ThemeSetting, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };
const FONT_LABELS: Record<ReadingFontSetting, MessageKey> = { sans: 'fontSans', serif: 'fontSerif' };

const choices = <T extends string, L>(labels: Record<T, L>): [T, L][] => Object.entries(labels) as [T, L][];
export const THEME_CHOICES = choices(THEME_LABELS);
export const FONT_CHOICES = choices(FONT_LABELS);

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const settings = useFolio((s) => s.settings);
  const updateSettings = useFolio((s) => s.updateSettings);
  // Language names are written in their own language, so each is findable whatever the UI language.
  const languages: Record<LanguageSetting, string> = { system: t('languageSystem'), zh: '中文', en: 'English' };

  return (
    <ModalDialog label={t('settingsTitle')} className="settings-dialog" onClose={onClose}>
      <h2>{t('settingsTitle')}</h2>
      <ChoiceGroup
        label={t('theme')}
        name="theme"
        value={settings.theme}
        options={THEME_CHOICES.map(([value, key]) => [value, t(key)])}
        onChange={(theme) => void updateSettings({ theme })}
      />
      <ChoiceGroup
        label={t('language')}
        name="language"
        value={settings.language}
        options={choices(languages)}
        onChange={(language) => void updateSettings({ language })}
      />
      <ChoiceGroup
        label={t('readingFont')}
        name="reading-font"
        value={settings.readingFont}
        options={FONT_CHOICES.map(([value, key]) => [value, t(key)])}
        onChange={(readingFont) => void updateSettings({ readingFont })}
      />
      <ChoiceGroup
        label={t('watchFolders')}
        name="watch-folders"
        value={settings.watchFolders ? 'on' : 'off'}
        options={[
          ['on', t('watchFoldersOn')],
          ['off', t('watchFoldersOff')],
        ]}
        onChange={(choice) => void updateSettings({ watchFolders: choice === 'on' })}
      />
      <label className="setting-row">
        <span className="setting-label">{t('fontSize')}</span>
        <input
          type="range"
          min={LIMITS.fontSizeMin}
          max={LIMITS.fontSizeMax}
          step={1}
          value={settings.fontSize}
          onChange={(event) => void updateSettings({ fontSize: Number(event.target.value) })}
        />
        <output>{settings.fontSize}px</output>
      </label>
      <label className="setting-row setting-check">
        <input
          type="checkbox"
          checked={settings.markReadOnScroll}
          onChange={(event) => void updateSettings({ markReadOnScroll: event.target.checked })}
        />
        <span>{t('markReadOnScroll')}</span>
      </label>
      <LibraryLocation />
      <ImageSettings />
    </ModalDialog>
  );
}
