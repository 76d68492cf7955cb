import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { Settings } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { ChoiceGroup } from '../settings/choice-group';
import { FONT_CHOICES, THEME_CHOICES } from '../settings/settings-dialog';
import { useFolio } from '../state/store';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  shown: string;
  onChange(value: number): void;
}

function Slider({ label, value, min, max, step, shown, onChange }: SliderProps) {
  return (
    <label className="setting-row">
      <span className="setting-label">{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} onChange={(event) => onChange(Number(event.target.value))} />
      <output>{shown}</output>
    </label>
  );
}

/** The "Aa" popover: the page set to the reader's eyes, applied live and kept in the library's settings. */
export function TextSettings() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const settings = useFolio((s) => s.settings);
  const updateSettings = useFolio((s) => s.updateSettings);
  const change = (patch: Partial<Settings>) => void updateSettings(patch);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div
      ref={ref}
      className="text-settings"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
      }}
    >
      <button
        type="button"
        className="tool-button aa-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('textSettings')}
        title={t('textSettingsTitle')}
        onClick={() => setOpen(!open)}
      >
        Aa
      </button>
      {open && (
        <div id={panelId} className="popover" role="dialog" aria-label={t('textSettings')}>
          <Slider
            label={t('textSize')}
            value={settings.fontSize}
            min={LIMITS.fontSizeMin}
            max={LIMITS.fontSizeMax}
            step={1}
            shown={`${settings.fontSize}px`}
            onChange={(fontSize) => change({ fontSize })}
          />
          <Slider
            label={t('lineHeight')}
            value={settings.lineHeight}
            min={LIMITS.lineHeightMin}
            max={LIMITS.lineHeightMax}
            step={0.1}
            shown={settings.lineHeight.toFixed(1)}
            onChange={(lineHeight) => change({ lineHeight: Math.round(lineHeight * 10) / 10 })}
          />
          <Slider
            label={t('columnWidth')}
            value={settings.columnWidth}
            min={LIMITS.columnWidthMin}
            max={LIMITS.columnWidthMax}
            step={2}
            shown={String(settings.columnWidth)}
            onChange={(columnWidth) => change({ columnWidth })}
          />
          <ChoiceGroup
            label={t('readingFont')}
            name="aa-font"
            value={settings.readingFont}
            options={FONT_CHOICES.map(([value, key]) => [value, t(key)])}
            onChange={(readingFont) => change({ readingFont })}
          />
          <label className="setting-row setting-check">
            <input type="checkbox" checked={settings.justify} onChange={(event) => change({ justify: event.target.checked })} />
            <span>{t('justify')}</span>
          </label>
          <ChoiceGroup
            label={t('theme')}
            name="aa-theme"
            value={settings.theme}
            options={THEME_CHOICES.map(([value, key]) => [value, t(key)])}
            onChange={(theme) => change({ theme })}
          />
        </div>
      )}
    </div>
  );
}
