import { messagesFor, nearest, type Messages } from '@motcua/source';

export { editDistance, nearest } from '@motcua/source';

const ENGLISH = messagesFor('en');

/** ` (did you mean 'x'?)` in the messages' language, or '' when nothing is near. */
export const didYouMean = (name: string, candidates: Iterable<string>, m: Messages = ENGLISH): string => {
  const match = nearest(name, candidates);
  return match ? m.didYouMean(match) : '';
};
