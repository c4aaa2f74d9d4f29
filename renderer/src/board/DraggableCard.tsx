// A card that can be picked up. The card in hand is listed at its place in the drag's
// columns and never moves by a transform (the overlay follows the pointer), so no card on
// the board gets a new style while a card is dragged; the visual card (CardView) is memoised.
import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import type { CardModel } from '../view-model/cardModel.ts';
import { CardView } from './CardView.tsx';

interface Props {
  model: CardModel;
  onOpen(id: string): void;
  disabled: boolean;
}

export const DraggableCard = memo(function DraggableCard({ model, onOpen, disabled }: Props) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: model.id,
    disabled,
    attributes: { roleDescription: 'card' },
  });
  const onClick = useMemo(() => () => onOpen(model.id), [onOpen, model.id]);
  return (
    <CardView
      ref={setNodeRef}
      model={model}
      className={isDragging ? 'card--lifted' : undefined}
      onClick={onClick}
      {...attributes}
      {...listeners}
    />
  );
});
