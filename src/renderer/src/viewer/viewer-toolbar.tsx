import { useState } from 'react';
import type { ArticleImage } from '../../../shared/model';
import { Icon } from '../common/icons';
import type { IconName } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import type { ZoomPan } from './use-zoom-pan';

interface ViewerToolbarProps {
  image: ArticleImage;
  index: number;
  count: number;
  zoom: ZoomPan;
}

interface Tool {
  icon: IconName;
  label: MessageKey;
  run(): void;
  /** Shown dimmed but kept focusable: a disabled button would drop the focus. */
  inactive?: boolean;
}

function ToolButton({ tool }: { tool: Tool }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={t(tool.label)}
      title={t(tool.label)}
      aria-disabled={tool.inactive ? true : undefined}
      onClick={tool.inactive ? undefined : tool.run}
    >
      <Icon name={tool.icon} />
    </button>
  );
}

export function ViewerToolbar({ image, index, count, zoom }: ViewerToolbarProps) {
  const { t } = useI18n();
  const stepViewer = useFolio((s) => s.stepViewer);
  const closeViewer = useFolio((s) => s.closeViewer);
  const saveImage = useFolio((s) => s.saveImage);
  const copyImage = useFolio((s) => s.copyImage);
  const reportError = useFolio((s) => s.reportError);
  const [copied, setCopied] = useState<string | null>(null);
  const zoomTools: Tool[] = [
    { icon: 'minus', label: 'zoomOut', run: zoom.zoomOut },
    { icon: 'plus', label: 'zoomIn', run: zoom.zoomIn },
    { icon: 'fit', label: 'zoomReset', run: zoom.fit },
  ];
  const stepTools: Tool[] = [
    { icon: 'left', label: 'previousImage', run: () => stepViewer(-1), inactive: index === 0 },
    { icon: 'right', label: 'nextImage', run: () => stepViewer(1), inactive: index >= count - 1 },
  ];
  return (
    <div className="viewer-toolbar">
      <span className="viewer-position" aria-label={t('viewerPosition', { current: index + 1, count })}>
        {index + 1} / {count}
      </span>
      <div className="viewer-tools" role="toolbar" aria-label={t('viewerLabel')}>
        {zoomTools.map((tool) => (
          <ToolButton key={tool.label} tool={tool} />
        ))}
        <button type="button" className="viewer-zoom" title={t('zoomActual')} aria-label={t('zoomActual')} onClick={zoom.actual}>
          {Math.round(zoom.scale * 100)}%
        </button>
        <span className="viewer-gap" />
        {stepTools.map((tool) => (
          <ToolButton key={tool.label} tool={tool} />
        ))}
        <span className="viewer-gap" />
        <ToolButton tool={{ icon: 'download', label: 'saveImage', run: () => void saveImage(image) }} />
        <ToolButton
          tool={{
            icon: copied === image.id ? 'check' : 'copy',
            label: copied === image.id ? 'imageCopied' : 'copyImage',
            run: () =>
              void copyImage(image).then((ok) => {
                setCopied(ok ? image.id : null);
                if (!ok) reportError(new Error(t('imageNotCopyable')));
              }),
          }}
        />
        <ToolButton tool={{ icon: 'close', label: 'closeViewer', run: closeViewer }} />
      </div>
    </div>
  );
}
