export { gaussLegendre } from './gaussLegendre';
export { integrate } from './integrate';
