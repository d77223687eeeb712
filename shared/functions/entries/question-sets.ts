export { QUESTION_SETS } from '../../methods/question-sets';
