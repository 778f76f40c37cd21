// 검색 결과 점수: Sphinx 기본값에 한 가지만 더한다.
// 용어집은 모든 용어를 한 줄씩 정의하므로 어떤 용어를 찾든 색인 항목으로 맨 위에 오른다.
// 독자가 찾는 것은 그 용어를 설명하는 장이므로, 용어집 결과는 장의 결과 뒤로 보낸다(목록에는 남는다).
var Scorer = {
  score: (result) => {
    const [docname, , , , score] = result;
    return docname.endsWith("appendix/glossary") ? score - 100 : score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
