import { useStore } from 'zustand'
import { careApi } from './api/calls'
import { createOverviewStore, type OverviewState } from './overview-store'
import { createTaskStore, type TaskState } from './task-store'
import { createTasksStore, type TasksState } from './tasks-store'

export const tasksStore = createTasksStore(careApi)
export const taskStore = createTaskStore(careApi)
export const overviewStore = createOverviewStore(careApi)

export const useTasks = <T>(select: (s: TasksState) => T) => useStore(tasksStore, select)
export const useTask = <T>(select: (s: TaskState) => T) => useStore(taskStore, select)
export const useOverview = <T>(select: (s: OverviewState) => T) => useStore(overviewStore, select)
