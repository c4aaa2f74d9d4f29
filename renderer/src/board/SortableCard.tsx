// A card that can be dragged. The visual card (CardView) is memoised and gets a style
// object only when its own transform changes, so moving one card re-renders few others.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useMemo } from 'react';
import type { CardModel } from '../view-model/cardModel.ts';
import { CardView } from './CardView.tsx';

interface Props {
  model: CardModel;
  onOpen(id: string): void;
  disabled: boolean;
}

export const SortableCard = memo(function SortableCard({ model, onOpen, disabled }: Props) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: model.id,
    disabled,
    attributes: { roleDescription: 'card' },
  });
  const x = transform?.x ?? 0;
  const y = transform?.y ?? 0;
  const style = useMemo(
    () =>
      x === 0 && y === 0 && !transition ? undefined : { transform: CSS.Translate.toString({ x, y, scaleX: 1, scaleY: 1 }), transition },
    [x, y, transition],
  );
  const onClick = useMemo(() => () => onOpen(model.id), [onOpen, model.id]);
  return (
    <CardView
      ref={setNodeRef}
      model={model}
      style={style}
      className={isDragging ? 'card--lifted' : undefined}
      onClick={onClick}
      {...attributes}
      {...listeners}
    />
  );
});
