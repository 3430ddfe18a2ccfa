export { choleskyDecomposition } from './choleskyDecomposition';
export { invertMatrix } from './invertMatrix';
export { solveLinearSystem } from './solveLinearSystem';
export { multiplyMatrices } from './multiplyMatrices';
export { transposeMatrix } from './transposeMatrix';
