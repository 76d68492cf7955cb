import { Icon } from '../common/icons';
import type { IconName } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';

interface ViewerToolbarProps {
  index: number;
  count: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
  onStep(delta: number): void;
  onClose(): void;
}

export function ViewerToolbar({ index, count, onZoomIn, onZoomOut, onReset, onStep, onClose }: ViewerToolbarProps) {
  const { t } = useI18n();
  const tools: { icon: IconName; label: MessageKey; run(): void; disabled?: boolean }[] = [
    { icon: 'left', label: 'previousImage', run: () => onStep(-1), disabled: index === 0 },
    { icon: 'right', label: 'nextImage', run: () => onStep(1), disabled: index >= count - 1 },
    { icon: 'minus', label: 'zoomOut', run: onZoomOut },
    { icon: 'plus', label: 'zoomIn', run: onZoomIn },
    { icon: 'fit', label: 'zoomReset', run: onReset },
  ];
  return (
    <div className="viewer-toolbar">
      <span className="viewer-position">{t('viewerPosition', { current: index + 1, count })}</span>
      <div className="viewer-tools">
        {tools.map((tool) => (
          <button
            key={tool.label}
            type="button"
            className="icon-button"
            aria-label={t(tool.label)}
            title={t(tool.label)}
            disabled={tool.disabled}
            onClick={tool.run}
          >
            <Icon name={tool.icon} />
          </button>
        ))}
        <button type="button" className="icon-button" aria-label={t('closeViewer')} title={t('closeViewer')} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
    </div>
  );
}
