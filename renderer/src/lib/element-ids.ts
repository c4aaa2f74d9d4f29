// Ids of elements that code elsewhere must find (a shortcut focuses the search field), in
// one place so neither side imports the other's component.
export const SEARCH_INPUT_ID = 'board-search';
