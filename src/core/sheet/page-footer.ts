/**
 * The footer of every printed page: "Trang 2/5" in the body font. Written in the header/footer
 * codes (&P page, &N pages) that both the xlsx format and Excel's own PageLayout take as they are.
 */
export const PAGE_NUMBER_FOOTER = '&"Times New Roman,Regular"&10Trang &P/&N';
