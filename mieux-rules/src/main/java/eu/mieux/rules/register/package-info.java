/**
 * The knowledge register (RULES.md §8.2 KM4, §6, §12): the 16 case studies and the real Actions of
 * the texts as queryable entries with citations ({@link eu.mieux.rules.register.KnowledgeRegister}).
 */
package eu.mieux.rules.register;
