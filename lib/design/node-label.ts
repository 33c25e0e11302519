/** How a node is named in messages, panels and on the canvas: its label, else its component's name. */
import { COMPONENTS } from '../catalog/components';
import type { DesignNode } from './schema';

export const nodeLabel = (n: DesignNode): string => (n.label.trim() !== '' ? n.label : COMPONENTS[n.kind].name);
